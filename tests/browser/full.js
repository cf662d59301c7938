// Browser page entry: the whole library, as an app imports it.
import { analyze } from 'vietext';

window.vietextAnalyze = (text) => analyze(text);
window.vietextReady = true;
