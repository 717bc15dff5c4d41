import { cosmiconfig } from "cosmiconfig";

export interface ToolConfig {
  include: string[];
  exclude?: string[];
  // See the docs for more options: https://example.com/docs/config
}

export async function loadConfig(cwd = process.cwd()): Promise<ToolConfig> {
  const result = await cosmiconfig("acmetool").search(cwd);
  if (!result || result.isEmpty) {
    return { include: ["src/**/*"] };
  }
  console.log(`Loaded config from ${result.filepath}. Done.`);
  return result.config as ToolConfig;
}
