// Progressive enhancement: every page works without this file. With it, GOV.UK Frontend's
// components are started (the service navigation's menu button on narrow screens, the error
// summary's focus, the skip link).
import { initAll } from '/assets/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
