// Command-line parsing: `vietext <command> [options] [FILE|DIR|-]...`.
import { ENCODINGS, type Encoding } from './decode-input.js';

export const COMMANDS = ['analyze', 'normalize', 'tokenize', 'segment', 'sentences', 'entities', 'summarize'] as const;
export type Command = (typeof COMMANDS)[number];

/** A usage mistake: printed as one line plus a hint, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(message: string, readonly command?: Command) {
    super(message);
  }
}

export interface CliOptions {
  command: Command | undefined;
  inputs: string[];
  help: boolean;
  version: boolean;
  format: 'text' | 'json' | 'ndjson';
  input: 'text' | 'ndjson';
  encoding: Encoding;
  jobs: number | undefined;
  color: boolean | undefined;
  progress: boolean | undefined;
  stats: boolean;
  form: 'NFC' | 'NFD' | undefined;
  tones: 'keep' | 'traditional' | 'reformed' | undefined;
  referenceDate: string | undefined;
}

const VALUE_FLAGS = new Set(['--encoding', '--jobs', '--input', '--form', '--tones', '--reference-date', '--format']);

/** Parses argv (without node and script). Throws UsageError. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = {
    command: undefined,
    inputs: [],
    help: false,
    version: false,
    format: 'text',
    input: 'text',
    encoding: 'auto',
    jobs: undefined,
    color: undefined,
    progress: undefined,
    stats: false,
    form: undefined,
    tones: undefined,
    referenceDate: undefined,
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      if (o.command === undefined && !onlyFiles && arg !== '-') {
        if (arg === 'help') { o.help = true; continue; }
        if (!(COMMANDS as readonly string[]).includes(arg)) {
          throw new UsageError(`unknown command "${arg}"; commands are ${COMMANDS.join(', ')}`);
        }
        o.command = arg as Command;
      } else {
        o.inputs.push(arg);
      }
      continue;
    }
    if (arg === '--') { onlyFiles = true; continue; }
    let name = arg;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq !== -1) { name = arg.slice(0, eq); value = arg.slice(eq + 1); }
    if (name === '-j') name = '--jobs';
    if (VALUE_FLAGS.has(name) && value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`option ${name} needs a value`, o.command);
      value = argv[++i];
    } else if (!VALUE_FLAGS.has(name) && value !== undefined) {
      throw new UsageError(`option ${name} takes no value`, o.command);
    }
    switch (name) {
      case '-h': case '--help': o.help = true; break;
      case '-V': case '--version': o.version = true; break;
      case '--json': o.format = 'json'; break;
      case '--ndjson': o.format = 'ndjson'; break;
      case '--format': o.format = oneOf(name, value!, ['text', 'json', 'ndjson'] as const, o.command); break;
      case '--ndjson-in': o.input = 'ndjson'; break;
      case '--input': o.input = oneOf(name, value!, ['text', 'ndjson'] as const, o.command); break;
      case '--encoding': o.encoding = oneOf(name, value!, ENCODINGS, o.command); break;
      case '--jobs': {
        const n = Number(value);
        if (!/^\d+$/.test(value!) || n < 1 || n > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${value}"`, o.command);
        o.jobs = n;
        break;
      }
      case '--color': case '--colour': o.color = true; break;
      case '--no-color': case '--no-colour': o.color = false; break;
      case '--progress': o.progress = true; break;
      case '--no-progress': case '-q': case '--quiet': o.progress = false; break;
      case '--stats': o.stats = true; break;
      case '--form': o.form = oneOf(name, value!, ['NFC', 'NFD'] as const, o.command); break;
      case '--tones': o.tones = oneOf(name, value!, ['keep', 'traditional', 'reformed'] as const, o.command); break;
      case '--reference-date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value!)) throw new UsageError(`--reference-date must look like 2020-06-18, not "${value}"`, o.command);
        if (!isCalendarDate(value!)) throw new UsageError(`--reference-date must be a real date, not "${value}"`, o.command);
        o.referenceDate = value;
        break;
      default:
        throw new UsageError(`unknown option ${name}`, o.command);
    }
  }
  if (o.inputs.indexOf('-') !== o.inputs.lastIndexOf('-')) {
    throw new UsageError('standard input (-) can be read only once', o.command);
  }
  // Options of one command are a usage error on another (not silently ignored).
  if (o.command !== undefined) {
    for (const [flag, set, commands] of COMMAND_FLAGS) {
      if (set(o) && !commands.includes(o.command)) {
        throw new UsageError(`option ${flag} does not apply to ${o.command} (only to ${commands.join(', ')})`, o.command);
      }
    }
  }
  return o;
}

const COMMAND_FLAGS: [string, (o: CliOptions) => boolean, readonly Command[]][] = [
  ['--form', (o) => o.form !== undefined, ['normalize']],
  ['--tones', (o) => o.tones !== undefined, ['normalize']],
  ['--reference-date', (o) => o.referenceDate !== undefined, ['analyze', 'entities']],
];

/** True for YYYY-MM-DD naming a day that exists (no 2020-02-30), in the years 1001–2999. */
function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  if (y < 1001 || y > 2999 || m < 1 || m > 12 || d < 1) return false; // the years vietext/entities reads
  const last = new Date(Date.UTC(2000, m, 0)).getUTCDate(); // days in month m of a leap year
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && !leap ? 28 : last);
}

function oneOf<V extends string>(flag: string, value: string, valid: readonly V[], command?: Command): V {
  if (!(valid as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${valid.join(', ')}, not "${value}"`, command);
  }
  return value as V;
}
