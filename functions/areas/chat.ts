import { chatRoutes } from '../chat/routes';
import type { RouteArea } from './types';

/** The chatbot: turns and ratings. */
export const chatArea: RouteArea = (api) => {
  api.route('/', chatRoutes());
};
