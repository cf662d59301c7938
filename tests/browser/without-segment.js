// Browser page entry: the root entry without word segmentation, to check its data stays out.
import { extractEntities, normalize, splitSentences, tokenize } from 'vietext';

window.vietextOthers = (text) => ({ normalized: normalize(text), tokens: tokenize(text).length, sentences: splitSentences(text).length, entities: extractEntities(text) });
window.vietextReady = true;
