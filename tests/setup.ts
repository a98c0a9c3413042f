import { beforeEach } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeI18n } from './support/fake-i18n';

beforeEach(() => {
  cleanup();
  fakeBrowser.reset();
  installFakeI18n();
});
