import { KeywordOptions } from '../constructs/keyword';
import { KeywordResourceProperties } from '../custom-resources/common-properties';

/**
 * The keywords a phone number or pool declares, unique case-insensitively, in the order added.
 */
export class KeywordSet {
  private readonly keywords = new Map<string, KeywordOptions>();

  constructor(private readonly owner: string, initial: readonly KeywordOptions[] = []) {
    initial.forEach(k => this.add(k));
  }

  add(keyword: KeywordOptions): void {
    const key = keyword.keyword.toUpperCase();
    if (this.keywords.has(key)) {
      throw new Error(`${this.owner} already has the keyword '${keyword.keyword}' (keywords are case-insensitive)`);
    }
    this.keywords.set(key, keyword);
  }

  get specs(): { keyword: string; message: string; action?: string }[] {
    return [...this.keywords.values()].map(k => ({ keyword: k.keyword, message: k.message, action: k.action }));
  }

  render(): KeywordResourceProperties[] {
    return [...this.keywords.values()].map(k => ({
      Keyword: k.keyword,
      KeywordMessage: k.message,
      KeywordAction: k.action ?? 'AUTOMATIC_RESPONSE',
    }));
  }
}
