import { adminArea } from './admin';
import { chatArea } from './chat';
import { customerArea } from './customer';
import { faqArea } from './faq';

export type { RouteArea } from './types';
export { adminArea, chatArea, customerArea, faqArea };

/** Every area: the local server and the docs function serve them all. */
export const ALL_AREAS = [customerArea, faqArea, chatArea, adminArea];
