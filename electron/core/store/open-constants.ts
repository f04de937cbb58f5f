export const DATABASE_FILE = 'pathwise.db';
