import { KeywordOptions } from '../constructs/keyword';
import { KeywordResourceProperties, PROTECTED_KEYWORDS } from '../wire/common-properties';

/**
 * The keywords a phone number or pool declares, unique case-insensitively, in the order added.
 */
export class KeywordSet {
  private readonly keywords = new Map<string, KeywordOptions>();

  constructor(private readonly owner: string) {}

  add(keyword: KeywordOptions): void {
    const key = keyword.keyword.toUpperCase();
    if (this.keywords.has(key)) {
      throw new Error(`${this.owner} already has the keyword '${keyword.keyword}' (keywords are case-insensitive)`);
    }
    if (PROTECTED_KEYWORDS.includes(key) && keyword.action !== undefined) {
      throw new Error(`${this.owner}: the action of ${key} is fixed by the service; set only its message`);
    }
    this.keywords.set(key, keyword);
  }

  get size(): number {
    return this.keywords.size;
  }

  render(): KeywordResourceProperties[] {
    return [...this.keywords.values()].map(k => ({
      Keyword: k.keyword,
      KeywordMessage: k.message,
      KeywordAction: k.action ?? 'AUTOMATIC_RESPONSE',
    }));
  }
}
