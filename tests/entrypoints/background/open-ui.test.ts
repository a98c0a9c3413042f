import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openExtensionUi } from '@/entrypoints/background/open-ui';
import { createFakeApi } from './fake-api';

describe('openExtensionUi (a click on a reminder where notifications have no buttons)', () => {
  it('opens the popup where the browser allows it', async () => {
    const { api } = createFakeApi({ firefox: true });
    const openPopup = vi.fn(async () => undefined);
    await openExtensionUi({ ...api, action: { ...api.action, openPopup } } as typeof api);
    expect(openPopup).toHaveBeenCalledOnce();
    expect(await fakeBrowser.tabs.query({})).toHaveLength(1);
  });

  it('opens the popup page in a tab when the browser refuses to open the popup', async () => {
    const { api } = createFakeApi({ firefox: true });
    const openPopup = vi.fn(async () => {
      throw new Error('openPopup requires a user gesture');
    });
    await openExtensionUi({ ...api, action: { ...api.action, openPopup } } as typeof api);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/popup.html'));
  });
});
