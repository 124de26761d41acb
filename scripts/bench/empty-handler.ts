/** The floor of the cold-start comparison: a handler that does nothing. */
export const handler = async () => ({ statusCode: 200, body: '{}' });
