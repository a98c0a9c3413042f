// Synthesises the chime (assets/public/sound/chime.wav): two soft bell-like notes, E5 then A5, each
// a few sine partials under a short attack and an exponential decay. Mono 16-bit PCM at 12 kHz keeps
// it under 20 KB; the partials stay far below the 6 kHz limit that rate allows. Deterministic (no
// noise, no dither), so tests/lib/sound/chime-asset.test.ts can check the committed file is exactly
// what this makes. Run by hand when the sound changes: `node scripts/make-chime.ts`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHIME_PATH = 'assets/public/sound/chime.wav';
export const SAMPLE_RATE = 12_000;
const SECONDS = 0.8;
/** Peak level: soft, leaving the volume setting room to be the loud one. */
const PEAK = 0.5;

interface Note {
  at: number;
  hz: number;
  gain: number;
}
// A rising fourth reads as "done, come back", not as an alarm.
const NOTES: Note[] = [
  { at: 0, hz: 659.25, gain: 0.8 },
  { at: 0.16, hz: 880, gain: 1 },
];
/** Frequency ratio, relative amplitude and decay time (s) of each partial: a warm, mellow bell. */
const PARTIALS = [
  [1, 1, 0.24],
  [2, 0.28, 0.14],
  [3, 0.1, 0.08],
  [4.2, 0.04, 0.05],
] as const;
const ATTACK = 0.006;
const FADE_OUT = 0.1;

function sampleAt(t: number): number {
  let sum = 0;
  for (const note of NOTES) {
    const local = t - note.at;
    if (local < 0) continue;
    const attack = Math.min(1, local / ATTACK);
    for (const [ratio, amp, decay] of PARTIALS)
      sum += note.gain * amp * attack * Math.exp(-local / decay) * Math.sin(2 * Math.PI * note.hz * ratio * local);
  }
  // A last fade so the file ends on silence, never on a click.
  const left = SECONDS - t;
  return left < FADE_OUT ? (sum * left) / FADE_OUT : sum;
}

/** The chime as a WAV file (RIFF, PCM, mono, 16-bit). */
export function chimeWav(): Buffer {
  const count = Math.round(SAMPLE_RATE * SECONDS);
  const raw = Array.from({ length: count }, (_, i) => sampleAt(i / SAMPLE_RATE));
  const max = Math.max(...raw.map(Math.abs));
  const data = Buffer.alloc(count * 2);
  raw.forEach((s, i) => data.writeInt16LE(Math.round((s / max) * PEAK * 32767), i * 2));

  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28); // bytes per second
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wav = chimeWav();
  writeFileSync(CHIME_PATH, wav);
  console.log(`${CHIME_PATH}: ${wav.length} bytes`);
}
