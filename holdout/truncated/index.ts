export * from "./cart";
export * from "./checkout";
export * from "./orders";
export * from "./payments";
export * from "./shipping";
export type { Money, Currency } from "./money";
export { createClient, type ClientOptions } from "./client";
export { default as errors } from "./errors";

export const SDK_NAME = "@acme/commerce-sdk";
export const SDK_VERSI