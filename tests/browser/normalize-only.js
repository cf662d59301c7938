// Browser page entry: only the normalisation entry point, to check it stays small on its own.
import { normalize } from 'vietext/normalize';

window.vietextNormalize = (text) => normalize(text);
window.vietextReady = true;
