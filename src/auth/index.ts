export * from "./keys.ts";
export * from "./access-tokens.ts";
export * from "./detached-jws.ts";
export * from "./id-tokens.ts";
