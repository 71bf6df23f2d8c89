import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/** Contract v1.1: one fact per value, each with its own subject when the sentence names them (分别 lists). */

describe('subject: the item a figure after 分别 is given to', () => {
  it('gives each value the item of the list before 分别 in its own clause', () => {
    const facts = factsOf('全年查处农资、建材案件分别为64起和37起。');
    expect(byValue(facts, 64).subject).toBe('农资');
    expect(byValue(facts, 37).subject).toBe('建材');
  });
  it('gives each value the item of the clause before when its own clause names only the measure', () => {
    const facts = factsOf('本季度抽查了学生文具、儿童自行车和电动玩具，合格率分别为91%、84%和77%。');
    expect(byValue(facts, 91).subject).toBe('学生文具');
    expect(byValue(facts, 84).subject).toBe('儿童自行车');
    expect(byValue(facts, 77).subject).toBe('电动玩具');
  });
  it('does not look back when its own clause names a thing of its own (城乡低保标准)', () => {
    const facts = factsOf('推进医疗保险、社会救助制度建设，城乡低保标准分别提高11%和16%。');
    expect(byValue(facts, 11).subject ?? '').not.toContain('保险');
  });
  it('leaves a list whose items and values differ in number to the other readings', () => {
    // Three items (软件, 信息技术服务业, 金融业) and two values: 和 joins inside a name.
    const facts = factsOf('软件和信息技术服务业、金融业增加值分别增长9%、6%。');
    expect(byValue(facts, 9).subject).not.toBe('软件');
  });
});
