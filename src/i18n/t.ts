import { CATALOGUE, type MessageId } from './catalogue.js';
import { formatMessage, type Message, type MessageData, type Placeholders } from './format-message.js';
import { getLocale, type Locale } from './locale.js';

type DataFor<Id extends MessageId> = Placeholders<(typeof CATALOGUE)[Id]['en']>;
/** No argument for a message without placeholders; exactly its placeholders otherwise. */
type DataArgument<Id extends MessageId> = [DataFor<Id>] extends [never]
  ? []
  : [data: Readonly<Record<DataFor<Id>, string | number>>];

/** The text of a catalogue message in the current locale (or the one given), placeholders filled. */
export function t<Id extends MessageId>(id: Id, ...[data]: DataArgument<Id>): string {
  return formatMessage(CATALOGUE[id][getLocale()], data);
}

/** The same, in a given locale: for output that states its own language. */
export function tIn<Id extends MessageId>(locale: Locale, id: Id, ...[data]: DataArgument<Id>): string {
  return formatMessage(CATALOGUE[id][locale], data);
}

/** A message as diagnostics carry it: the stable id and data for machines, the text for people. */
export interface Localized {
  messageId: string;
  data?: MessageData;
  message: string;
}

/** A catalogue message ready for a diagnostic. */
export function localized<Id extends MessageId>(id: Id, ...[data]: DataArgument<Id>): Localized {
  const message = formatMessage(CATALOGUE[id][getLocale()], data);
  return data ? { messageId: id, data: data, message } : { messageId: id, message };
}

/** A message declared outside the catalogue (a rule's own), in the current locale. */
export function say(message: Message, data?: MessageData): string {
  return formatMessage(message[getLocale()], data);
}
