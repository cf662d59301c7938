// Help texts, one per command.
import type { Command } from './parse-args.js';

const COMMON = `Input:
  FILE            a text file; DIR: every *.txt file under it, in name order; -: standard input
  --encoding E    auto (default) | utf8 | utf16le | utf16be | vni | tcvn3 | viqr
                  auto reads UTF-8 with or without BOM, UTF-16 with BOM, and detects VNI/TCVN3/VIQR
Output:
  --json          JSON: analyze prints an array of { file, article, entities, summary };
                  the other commands print { file, result }, an array of them for several inputs
  --ndjson        one compact JSON object per line
  --color, --no-color
                  colour is on when stdout is a terminal and NO_COLOR is not set
Other:
  -h, --help      this help
  -V, --version   the version`;

const MAIN = `vietext — Vietnamese text analysis

Usage: vietext <command> [options] [FILE|DIR|-]...

Commands:
  analyze     report per article: title, date, source, author, entities, summary
              (no input: the repository's corpus/, else standard input)
  normalize   NFC/NFD, tone-mark style (--form NFC|NFD, --tones keep|traditional|reformed)
  tokenize    one token per line: start, end, type, text
  sentences   one sentence per line
  segment     one sentence per line with words joined by _ (cán_bộ)
  entities    dates, percentages, officials, organisations with their values
  summarize   the summary sentences

Corpus scale (any command):
  --input ndjson  read {"id": ..., "text": ...} lines from stdin, write one JSON line each, in
                  order, streaming with bounded memory (alias --ndjson-in)
  -j, --jobs N    worker threads for directories and NDJSON (default: number of CPUs for
                  NDJSON and for files over 2 MB in all, else 1)
  --progress, --no-progress
                  progress bar on stderr (default: when stderr is a terminal and stdout is not)
  --stats         print articles/s, MB/s and peak memory on stderr at the end

${COMMON}

Exit status: 0 all inputs processed, 1 some inputs failed (each named on stderr), 2 usage error.
Run 'vietext <command> --help' for a command's options.`;

const PER: Record<Command, string> = {
  analyze: `Usage: vietext analyze [options] [FILE|DIR|-]...

Reads each article and prints its title, date, source and author, the entities grouped by type
with their values, and the summary. With no FILE it analyses the corpus/ of the vietext repository
(npm start); the npm package has none, so there it reads standard input.
  --reference-date YYYY-MM-DD   year and month to resolve dates against when there is no dateline
  --input ndjson, -j N, --progress, --stats: see 'vietext --help'`,
  normalize: `Usage: vietext normalize [options] [FILE|-]...

Prints the normalised text.
  --form NFC|NFD                     Unicode form (default NFC)
  --tones keep|traditional|reformed  tone-mark placement (hoà / hòa)`,
  tokenize: `Usage: vietext tokenize [options] [FILE|-]...

Prints one token a line: start end type text (UTF-16 offsets into the decoded input).`,
  sentences: `Usage: vietext sentences [options] [FILE|-]...

Prints one sentence a line.`,
  segment: `Usage: vietext segment [options] [FILE|-]...

Prints one sentence a line with the syllables of each word joined by _ (cán_bộ đội_ngũ).`,
  entities: `Usage: vietext entities [options] [FILE|-]...

Prints dates, percentages, officials and organisations with their values.
  --reference-date YYYY-MM-DD   year and month to resolve dates against`,
  summarize: `Usage: vietext summarize [options] [FILE|-]...

Prints the summary sentences, one a line.`,
};

/** The help text for `command`, or the general help. */
export function helpText(command: Command | undefined): string {
  return command ? `${PER[command]}\n\n${COMMON}\n` : `${MAIN}\n`;
}
