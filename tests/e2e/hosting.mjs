// Serves a build with the real web servers municipalities use, each with the README's configuration file itself:
// Debian's nginx with docs/nginx/potjeswijzer.conf and Debian's Apache with docs/apache/potjeswijzer.conf. Only
// where the file must name this machine is anything replaced (nginx: its `listen` port and `alias` folder;
// Apache: the file is included in a <Directory> of this build); everything else (pre-compressed brotli and
// gzip, content types, cache and security headers, the /potjeswijzer/ path) is the file as published.
//
// The servers run unprivileged: their own prefix, pid, logs and temp paths in a temp folder, a free port above
// 1024 on 127.0.0.1, as the user `nobody` when this runs as root, in a process group of their own. `close()`
// stops one (a fast shutdown closes every connection; after 5 s the whole group is killed) and removes the temp
// folder; the end of this process kills what is left.
//
//   node tests/e2e/hosting.mjs nginx|apache DIR [--limit SECONDS]
//       prints the base URL (http://127.0.0.1:PORT/potjeswijzer) and serves until SIGTERM/SIGINT or the limit
//       (default 3600 s)
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The configuration files the README points municipalities to. */
export const NGINX_CONF = path.join(ROOT, 'docs', 'nginx', 'potjeswijzer.conf');
export const APACHE_CONF = path.join(ROOT, 'docs', 'apache', 'potjeswijzer.conf');
/** Where the app is served: a folder of the site, as on a municipal website. */
export const HOSTED_PATH = '/potjeswijzer';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const APACHE_MODULES = '/usr/lib/apache2/modules';
const START_LIMIT_MS = 10000;
const STOP_LIMIT_MS = 5000;
const NOBODY = 65534; // Debian's nobody:nogroup

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `text` with `from` replaced by `to`; `from` must occur exactly once, so a changed file fails loudly. */
function replaceOnce(text, from, to, file) {
  const n = text.split(from).length - 1;
  if (n !== 1) throw new Error(`${path.relative(ROOT, file)}: expected "${from}" once, found it ${n} times`);
  return text.replace(from, () => to);
}

/** The full path of a command, or null. */
function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim() || null;
}

/** A free TCP port on 127.0.0.1 (above 1024: the system picks from its ephemeral range). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Runs `command args` (a server that stays in the foreground) as an unprivileged user in its own process group,
 * waits until `port` accepts connections, and resolves to { url, origin, close, log }.
 */
async function run({ name, command, args, dir, port, errorLog }) {
  // As root: drop to nobody for the whole server, which then owns only its temp folder.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    for (const f of [dir, ...readdirSync(dir).map((n) => path.join(dir, n))]) chownSync(f, NOBODY, NOBODY);
  }
  const [cmd, argv] = asRoot
    ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', command, ...args]]
    : [command, args];
  const child = spawn(cmd, argv, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', () => { exited = true; resolve('exited'); }));
  const log = () => {
    try {
      return stderr + readFileSync(errorLog, 'utf8');
    } catch {
      return stderr;
    }
  };
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);

  let closed = null;
  const close = () => {
    closed ??= (async () => {
      process.removeListener('exit', onExit);
      if (!exited) {
        killGroup('SIGTERM'); // nginx: fast shutdown; Apache: stop. Both close open connections.
        if ((await Promise.race([exit, sleep(STOP_LIMIT_MS)])) !== 'exited') {
          killGroup('SIGKILL');
          await Promise.race([exit, sleep(1000)]);
        }
      }
      killGroup('SIGKILL'); // a worker left behind
      rmSync(dir, { recursive: true, force: true });
    })();
    return closed;
  };

  const deadline = Date.now() + START_LIMIT_MS;
  while (!(await accepts(port))) {
    if (exited || Date.now() > deadline) {
      const why = log();
      await close();
      throw new Error(`${name} did not start within ${START_LIMIT_MS} ms:\n${why}`);
    }
    await sleep(50);
  }
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}${HOSTED_PATH}`, origin, close, log };
}

function checkBuild(root) {
  const dist = path.resolve(root);
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`no ${dist}/index.html: build it first`);
  return dist;
}

/** nginx with docs/nginx/potjeswijzer.conf serving the build in `root` at /potjeswijzer/. */
export async function startNginx(root) {
  const dist = checkBuild(root);
  const nginx = which('nginx');
  if (!nginx || !existsSync(BROTLI_MODULE)) {
    throw new Error('nginx or its brotli module is missing: run scripts/setup.sh (apt-get install nginx libnginx-mod-http-brotli-static)');
  }
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-nginx-'));
  let site = readFileSync(NGINX_CONF, 'utf8');
  site = replaceOnce(site, 'listen 80;', `listen 127.0.0.1:${port};`, NGINX_CONF);
  site = replaceOnce(site, 'alias /var/www/potjeswijzer/;', `alias "${dist}/";`, NGINX_CONF);
  writeFileSync(path.join(dir, 'potjeswijzer.conf'), site);
  copyFileSync('/etc/nginx/mime.types', path.join(dir, 'mime.types')); // the file's `include mime.types;`
  writeFileSync(path.join(dir, 'nginx.conf'), `# written by tests/e2e/hosting.mjs around ${path.relative(ROOT, NGINX_CONF)}
load_module ${BROTLI_MODULE};
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    access_log ${dir}/access.log;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    keepalive_timeout 5s;
    include ${dir}/potjeswijzer.conf;
}
`);
  const args = ['-p', `${dir}/`, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')];
  return run({ name: 'nginx', command: nginx, args, dir, port, errorLog: path.join(dir, 'error.log') });
}

/** The Apache configuration around docs/apache/potjeswijzer.conf, for the build `dist` on `port`. */
function apacheConfig(dir, dist, port) {
  const modules = ['mpm_event', 'authz_core', 'mime', 'headers', 'rewrite', 'alias', 'dir']
    .map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`).join('\n');
  return `# written by tests/e2e/hosting.mjs around ${path.relative(ROOT, APACHE_CONF)}
ServerRoot "${dir}"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile "${dir}/httpd.pid"
ErrorLog "${dir}/error.log"
LogLevel warn
DefaultRuntimeDir "${dir}"
Mutex file:${dir} default
${modules}
StartServers 1
ThreadsPerChild 8
MaxRequestWorkers 16
KeepAliveTimeout 5
TypesConfig /etc/mime.types
DocumentRoot "${dir}"
<Directory />
    AllowOverride None
    Require all denied
</Directory>
Alias ${HOSTED_PATH}/ "${dist}/"
<Directory "${dist}">
    AllowOverride None
    Require all granted
    DirectoryIndex index.html
    Include "${APACHE_CONF}"
</Directory>
`;
}

/**
 * `apache2ctl -t` on docs/apache/potjeswijzer.conf inside a <Directory> of the build in `root`:
 * { ok, output }.
 */
export function apacheConfigTest(root) {
  const dist = checkBuild(root);
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-apache-t-'));
  try {
    writeFileSync(path.join(dir, 'httpd.conf'), apacheConfig(dir, dist, 8080));
    const r = spawnSync('apache2ctl', ['-t', '-f', path.join(dir, 'httpd.conf')], { encoding: 'utf8', timeout: 20000 });
    return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Apache with docs/apache/potjeswijzer.conf serving the build in `root` at /potjeswijzer/. */
export async function startApache(root) {
  const dist = checkBuild(root);
  const apache = which('apache2') ?? (existsSync('/usr/sbin/apache2') ? '/usr/sbin/apache2' : null);
  if (!apache || !which('apache2ctl')) {
    throw new Error('Apache is missing: run scripts/setup.sh (apt-get install apache2)');
  }
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-apache-'));
  writeFileSync(path.join(dir, 'httpd.conf'), apacheConfig(dir, dist, port));
  const args = ['-f', path.join(dir, 'httpd.conf'), '-DFOREGROUND'];
  return run({ name: 'Apache', command: apache, args, dir, port, errorLog: path.join(dir, 'error.log') });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--limit');
  const limitS = at >= 0 ? Number(args.splice(at, 2)[1]) : 3600;
  const [kind, root = 'dist'] = args;
  const start = { nginx: startNginx, apache: startApache }[kind];
  if (!start) {
    console.error('usage: node tests/e2e/hosting.mjs nginx|apache DIR [--limit SECONDS]');
    process.exit(2);
  }
  const server = await start(root);
  console.log(server.url);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  setTimeout(() => {
    console.error(`${kind}: stopped after the time limit of ${limitS} s`);
    stop();
  }, limitS * 1000);
}
