/**
 * Loads the browser's Chinese word dictionary off the main thread. The first Intl.Segmenter for
 * Chinese in a tab costs 0.2-0.5 s (ICU loads its dictionary), and Pagefind builds one for every
 * Chinese query; done here, on intent, the main thread's first one is free when the reader types.
 */
new Intl.Segmenter('zh', { granularity: 'word' }).segment('预热').containing(0);
postMessage('ready');
