import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const playbooks = defineCollection({
  loader: glob({ base: './content', pattern: '**/*.mdx' }),
  schema: z.object({ title: z.string() }),
});
export const collections = { playbooks };
