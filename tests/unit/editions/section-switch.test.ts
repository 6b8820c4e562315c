import { describe, expect, test } from 'vitest';
import { sectionIds, sectionsOf, sectionSwitchStyle } from '../../../src/lib/editions/section-switch.ts';

describe('sectionIds', () => {
  test('lists the ids of headings and sections, in order, and nothing else', () => {
    const main =
      '<h2 id="续费要多久">续费要多久</h2><section id="renewal-reminder"><h3>提醒</h3><p id="hint">x</p></section><h4>没有 id</h4>';
    expect(sectionIds(main)).toEqual(['续费要多久', 'renewal-reminder']);
  });
});

describe('sectionsOf', () => {
  const ids = ['续费要多久', '先查余额', 'renewal-reminder'];

  test('a Simplified page leads to the converted ids of its Traditional twin', () => {
    expect(sectionsOf(ids, 'zh-Hans')).toEqual([
      { id: '续费要多久', twinFragment: '續費要多久' },
      { id: '先查余额', twinFragment: '先查餘額' },
      { id: 'renewal-reminder', twinFragment: 'renewal-reminder' },
    ]);
  });

  test('a Traditional page has the converted ids and leads back to the Simplified ones, in ASCII the conversion leaves alone', () => {
    const sections = sectionsOf(ids, 'zh-Hant');
    expect(sections.map(({ id }) => id)).toEqual(['續費要多久', '先查餘額', 'renewal-reminder']);
    expect(sections.map(({ twinFragment }) => twinFragment)).toEqual([
      '%E7%BB%AD%E8%B4%B9%E8%A6%81%E5%A4%9A%E4%B9%85',
      '%E5%85%88%E6%9F%A5%E4%BD%99%E9%A2%9D',
      'renewal-reminder',
    ]);
    // 余 is not a Simplified-only character, but the conversion turns 余额 into 餘額: no Chinese may be left.
    expect(sections.map(({ twinFragment }) => decodeURIComponent(twinFragment))).toEqual(ids);
  });
});

describe('sectionSwitchStyle', () => {
  const style = sectionSwitchStyle(sectionsOf(['续费要多久', 'renewal-reminder'], 'zh-Hant'));

  test('shows a copy only while its section is the target, over the stylesheet that hides it', () => {
    expect(style).toBe(
      [
        ':root:has([id="續費要多久"]:target) .header-links a[data-section="0"]{display:inline-flex}',
        ':root:has([id="renewal-reminder"]:target) .header-links a[data-section="1"]{display:inline-flex}',
      ].join(''),
    );
  });

  test('is empty for a page without sections', () => {
    expect(sectionSwitchStyle([])).toBe('');
  });
});
