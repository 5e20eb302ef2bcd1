/** Free text kept for insights (search queries, bot utterances) without what identifies a person. */
export const redact = (text: string) =>
  text
    .replace(/\S+@\S+/g, '<email>')
    .replace(/\d{3,}/g, '<number>')
    .slice(0, 200);
