// a module in a sub-folder of the client folder: served too
export const PART = 'nested part of client-probe';
