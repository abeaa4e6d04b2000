// SPDX-License-Identifier: Apache-2.0
// The peer of src/storage/engine_bench.cc (issue 4 item 6): bpmn-engine (npm) runs the same
// six-user-task process in memory. Usage: npm ci && node six_steps.js [instances] [in flight]
// (`motcua bench` does both and puts the ratio in docs/benchmarks.md).
// Six user tasks in a row, each signalled as soon as it waits; [in flight] instances at a time.
const {Engine} = require('bpmn-engine');
const {EventEmitter} = require('events');
let xml = '<?xml version="1.0" encoding="UTF-8"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="http://bpmn.io/schema/bpmn"><process id="P" isExecutable="true"><startEvent id="S"/>';
for (let i = 1; i <= 6; i++) xml += `<userTask id="T${i}"/>`;
xml += '<endEvent id="E"/><sequenceFlow id="F0" sourceRef="S" targetRef="T1"/>';
for (let i = 1; i <= 6; i++) xml += `<sequenceFlow id="F${i}" sourceRef="T${i}" targetRef="${i == 6 ? 'E' : 'T' + (i + 1)}"/>`;
xml += '</process></definitions>';
function runOne() {
  return new Promise((resolve, reject) => {
    const engine = new Engine({name: 'six', source: xml});
    const listener = new EventEmitter();
    listener.on('wait', (api) => api.signal());
    engine.once('end', () => resolve());
    engine.once('error', reject);
    engine.execute({listener}).catch(reject);
  });
}
(async () => {
  const n = parseInt(process.argv[2] || '500');
  for (let i = 0; i < 20; i++) await runOne();  // warm up
  const t0 = process.hrtime.bigint();
  const inflight = parseInt(process.argv[3] || "1");
  for (let i = 0; i < n; i += inflight) await Promise.all(Array.from({length: Math.min(inflight, n - i)}, runOne));
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({engine: 'bpmn-engine', storage: 'memory', instances: n, seconds: +s.toFixed(3), instances_per_second: +(n / s).toFixed(1)}));
})();
