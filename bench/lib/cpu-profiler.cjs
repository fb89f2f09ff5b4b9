// Preloaded into the API by bench/load.ts (`node -r bench/lib/cpu-profiler.cjs`, with an IPC
// channel): the message 'cpu-profile:start' starts the V8 CPU profiler, 'cpu-profile:stop' stops it,
// writes the profile to BENCH_CPU_PROFILE and answers 'cpu-profile:written'. Only the measured
// window is profiled (not the boot), and the API keeps running. (Not a signal: Nest's shutdown
// hooks take SIGUSR2, and Node keeps SIGUSR1 for the inspector.)
const inspector = require('node:inspector');
const { writeFileSync } = require('node:fs');

const target = process.env.BENCH_CPU_PROFILE;
if (target && process.send) {
  const session = new inspector.Session();
  session.connect();
  process.channel?.unref();
  process.on('message', (message) => {
    if (message === 'cpu-profile:start') {
      session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start', () => process.send('cpu-profile:started'))));
    } else if (message === 'cpu-profile:stop') {
      session.post('Profiler.stop', (error, result) => {
        writeFileSync(target, JSON.stringify(error ? { error: String(error) } : result.profile));
        process.send('cpu-profile:written');
      });
    }
  });
}
