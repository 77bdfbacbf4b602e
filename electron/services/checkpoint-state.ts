/** The checkpoint thread's connection, as both threads see it in one shared Int32 (checkpoints.ts). */
export const CONNECTION = { starting: 0, open: 1, closed: 2, cancelled: 3 } as const;
