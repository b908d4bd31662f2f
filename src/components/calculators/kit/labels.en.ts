/**
 * English strings every calculator shares (the kit's toolbar, errors, notes). This file defines
 * the type; labels.zh-CN.ts must have exactly the same keys (`satisfies KitLabels`, and
 * test/unit/calculators/labels.test.ts). Placeholders in braces (`{min}`) are filled by the kit.
 * A calculator's own strings live beside it: `../<name>/labels.en.ts`.
 */
export const kitEn = {
  common: {
    results: 'Results',
    presets: 'Examples',
    copyLink: 'Copy link',
    linkCopied: 'Link copied. Opening it shows this calculation, at this calculator.',
    copyFailed: 'Copying was blocked. Copy the link from the box below.',
    linkLabel: 'Link to this calculation',
    reset: 'Reset',
    undo: 'Undo',
    loaded: 'Loaded “{name}”: your figures were replaced.',
    undone: 'Undone: your figures are back.',
    calculate: 'Calculate',
    custom: 'Your own figures',
    privacy: 'Runs in your browser: nothing you type is sent anywhere.',
    jump: 'Jump to the result',
    badParam: 'The link’s value for “{field}” ({raw}) could not be used, so the default is shown for that field.',
    badRow: 'Row {n} in the link has a value that cannot be used: it is marked below and left out of the result.',
    badPin: 'A pinned scenario in the link could not be read and was left out.',
    fixFields: 'Correct the marked fields.',
    stale: 'Not updated: until the marked fields are corrected, the result keeps their last accepted values.',
    didYouMean: 'Did you mean {n}%?',
    pin: 'Pin as scenario {name}',
    pinsFull: 'Three scenarios are pinned: remove one to pin another.',
    pinned: 'Pinned as scenario {name}.',
    compare: 'Scenarios side by side',
    figure: 'Figure',
    now: 'Now',
    scenario: 'Scenario {name}',
    loadPin: 'Load {name}',
    removePin: 'Remove {name}',
    csv: 'Download CSV',
    csvOf: 'Download “{caption}” as CSV',
    current: '(now)',
    printRef: 'Printed {date} from {url}',
    addRow: 'Add a row',
    removeRow: 'Remove {name}',
    rowNumber: 'Row {n}',
    tableCaption: 'The same figures as a table',
    unitSuffix: { yuan: 'yuan', percent: '%', months: 'months', month: '', ratio: '', count: '' },
    unitValue: { yuan: '{n} yuan', percent: '{n}%', months: '{n} months', month: 'month {n}', ratio: '1:{n}', count: '{n}' },
    total: 'Total',
  },
  errors: {
    required: 'Enter a value.',
    number: 'Enter a number, such as 12000 or 1.2万.',
    range: 'Enter a value from {min} to {max}.',
    integer: 'Enter a whole number.',
    choice: 'Choose one of the options.',
    after: 'Must be later than the month the item is paid.',
  },
  how: {
    noscript:
      'Without JavaScript this shows the result for the example figures, even when the link carries other figures. The formula under “How this is computed” lets you redo it by hand.',
    open: 'Change these figures in the calculator',
    howComputed: 'How this is computed',
    formula: 'Formula:',
    defaults: 'Where the figures come from',
    figure: 'Figure',
    source: 'Source',
    assumption: 'assumption of this calculator',
    example: 'example, not from the sources',
  },
};

/** The kit's strings; labels.zh-CN.ts is checked against this shape. */
export type KitLabels = typeof kitEn;
export type CommonLabels = KitLabels['common'];
export type ErrorLabels = KitLabels['errors'];
