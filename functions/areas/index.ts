import { adminArea } from './admin';
import { chatArea } from './chat';
import { customerArea } from './customer';
import { documentArea } from './document';
import { faqArea } from './faq';
import { integrationArea } from './integration';

export type { RouteArea } from './types';
export { adminArea, chatArea, customerArea, documentArea, faqArea, integrationArea };

/** Every area, and the document that describes them: the local server and the docs function serve them all. */
export const ALL_AREAS = [customerArea, faqArea, chatArea, adminArea, integrationArea, documentArea];
