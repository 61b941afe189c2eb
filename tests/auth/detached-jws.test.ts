import { describe, expect, it } from "vitest";
import { generateSigningKey, signDetached, verifyDetached } from "../../src/auth/index.ts";

describe("detached JWS", () => {
  it.each(["ES256", "EdDSA"] as const)("%s: verifies the body it signed and rejects any other", async (alg) => {
    const key = await generateSigningKey(alg);
    const body = JSON.stringify({ DATA_NO: 501, context: { TENDER_PROJECT_NAME: "思明区学校改造" } });
    const jws = await signDetached(body, key);
    expect(jws).toMatch(/^[\w-]+\.\.[\w-]+$/);
    const header = await verifyDetached(jws, body, { keys: [key.publicJwk] });
    expect(header.kid).toBe(key.kid);
    await expect(verifyDetached(jws, body.replace("501", "502"), { keys: [key.publicJwk] })).rejects.toThrow();
    await expect(verifyDetached("a.b.c", body, { keys: [key.publicJwk] })).rejects.toThrow(/detached/);
  });
});
