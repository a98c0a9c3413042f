import { afterEach, describe, expect, it, vi } from 'vitest';
import { onePress } from '@/components/shared/one-press';

/** A click as the browser sends it: `detail` is its place in a multi-click (0 from the keyboard). */
const click = (el: Element, detail: number) =>
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail }));

describe('one press per double-click or held Enter', () => {
  const page = document.createElement('div');
  page.innerHTML = '<button id="start">Start walk</button><div data-repeat><button id="longer">+</button></div>';
  document.body.append(page);
  // As the popup listens: first, on the way down.
  page.addEventListener('click', onePress, true);
  page.addEventListener('keydown', onePress, true);
  const pressed = vi.fn();
  for (const button of page.querySelectorAll('button')) button.addEventListener('click', () => pressed(button.id));
  afterEach(() => pressed.mockClear());

  it('lets a single click and a keyboard press through', () => {
    click(page.querySelector('#start')!, 1);
    click(page.querySelector('#start')!, 0);
    expect(pressed.mock.calls).toEqual([['start'], ['start']]);
  });

  it('stops the second and third clicks of a multi-click before any handler', () => {
    click(page.querySelector('#start')!, 1);
    click(page.querySelector('#start')!, 2);
    click(page.querySelector('#start')!, 3);
    expect(pressed.mock.calls).toEqual([['start']]);
  });

  it('counts every click inside [data-repeat]', () => {
    for (const detail of [1, 2, 3]) click(page.querySelector('#longer')!, detail);
    expect(pressed.mock.calls).toEqual([['longer'], ['longer'], ['longer']]);
  });

  it('leaves the default action alone (a checkbox still ticks)', () => {
    const event = new MouseEvent('click', { detail: 2, cancelable: true });
    Object.defineProperty(event, 'target', { value: page });
    onePress(event);
    expect(event.defaultPrevented).toBe(false);
  });

  /** A key going down as the browser sends it: `repeat` while it is held; the returned flag is false when cancelled. */
  const keyDown = (el: Element, key: string, repeat: boolean) =>
    el.dispatchEvent(new KeyboardEvent('keydown', { key, repeat, bubbles: true, cancelable: true }));

  it('cancels Enter repeating while held, so the browser makes no click of it', () => {
    const start = page.querySelector('#start')!;
    expect(keyDown(start, 'Enter', false)).toBe(true);
    expect(keyDown(start, 'Enter', true)).toBe(false);
  });

  it('leaves other held keys alone (Backspace in a text box), and held Enter inside [data-repeat]', () => {
    expect(keyDown(page.querySelector('#start')!, 'Backspace', true)).toBe(true);
    expect(keyDown(page.querySelector('#longer')!, 'Enter', true)).toBe(true);
  });
});
