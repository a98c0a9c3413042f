import type { Question } from '@/lib/content';
import { ENGLISH } from '../shared/english';

/** The answer to one question (the document's English): its paragraphs, then its list (numbered when the document numbers it). */
export function AnswerBody({ question }: { question: Question }) {
  const { paragraphs, list } = question;
  const ListTag = list?.ordered ? 'ol' : 'ul';
  return (
    <div class="answer" {...ENGLISH}>
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {list?.intro && <p class="answer-list-intro">{list.intro}</p>}
      {list && (
        <ListTag>
          {list.items.map((item) => (
            <li key={item.title}>
              {item.detail ? (
                <>
                  <strong>{item.title}</strong> {item.detail}
                </>
              ) : (
                item.title
              )}
            </li>
          ))}
        </ListTag>
      )}
    </div>
  );
}
