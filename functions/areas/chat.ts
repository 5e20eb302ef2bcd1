import { chatRoutes } from '../routes/chat';
import type { RouteArea } from './types';

/** The chatbot: turns and ratings. */
export const chatArea: RouteArea = (api) => {
  api.route('/', chatRoutes());
};
