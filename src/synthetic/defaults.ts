/**
 * The generator's default shares of projects (options of generateYear and of `ywjy synth`), in a module of
 * their own so that the CLI can show them in its help without loading the generator.
 */
export const DEFAULT_DEFECT_RATE = 0.02;
export const DEFAULT_COLLUSION_RATE = 0.01;
export const DEFAULT_CORRECTION_RATE = 0.02;
export const DEFAULT_DOMAIN_SHARE = 0.1;
