/** Accessibility gate, part light-desktop (the gate is in ./a11y-suite.ts; split so the runner can run the parts side by side). */
import { a11ySuite } from './a11y-suite';

a11ySuite('light-desktop');
