const { spawnSync } = require('child_process');

// Ask the system interpreter for its version and site-packages directory.
const PROBE = [
  'import sys, site, json',
  'print(json.dumps({"version": sys.version.split()[0], "site": site.getsitepackages()}))',
].join('; ');

function probePython(bin = 'python3') {
  const res = spawnSync(bin, ['-c', PROBE], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    return { ok: false, error: res.error?.message ?? res.stderr.trim() };
  }
  return { ok: true, ...JSON.parse(res.stdout) };
}

if (require.main === module) {
  const info = probePython(process.argv[2]);
  if (!info.ok) {
    console.error(`python not usable: ${info.error}`);
    process.exit(1);
  }
  console.log(`python ${info.version}`);
  for (const dir of info.site) console.log(`  ${dir}`);
}

module.exports = { probePython };
