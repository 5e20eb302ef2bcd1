import * as z from 'zod';

// zod compiles a parser for each object schema on its first parse (new Function). On a Lambda
// nearly every parse is a first one, so the compile costs more than it ever saves: the
// interpreted path gives the same results. zod reads the setting when a schema is CONSTRUCTED,
// and schemas are built when their modules load, so every entry imports this module first
// (before any schema module); set at the end of bootstrap.ts it came too late for all of them.
z.config({ jitless: true });
