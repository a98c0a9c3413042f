import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUESTIONS, type Question } from '@/lib/content';
import { excerpt, highlightRanges, search, searchAnswers, searchQuestions, words } from '@/lib/content/search';

const ids = (query: string) => searchQuestions(QUESTIONS, query).map((q) => q.id);
const top = (query: string, n = 3) => ids(query).slice(0, n);
const hitFor = (query: string, id: string) => search(QUESTIONS, query).find((h) => h.question.id === id)!;
/** The words of `text` that `stems` mark, as the user sees them highlighted. */
const marked = (text: string, stems: ReadonlySet<string>) =>
  highlightRanges(text, stems).map(([s, e]) => text.slice(s, e));

describe('searchQuestions', () => {
  it('returns every question, in order, for a blank query or one of stop words only', () => {
    expect(ids('')).toEqual(QUESTIONS.map((q) => q.id));
    expect(ids('  ,. ')).toHaveLength(10);
    expect(ids('how do I')).toEqual(QUESTIONS.map((q) => q.id));
  });

  it('ranks by the body part a query names: hip answers first for hips, back answers for a back', () => {
    const hipAnswers = ['how-you-walk-affects-pain', 'fix-hip-pain', 'back-and-hips-painful'];
    for (const query of ['my hips hurt after walking', 'hurt hips after walk'])
      expect(hipAnswers, query).toContain(top(query, 1)[0]);
    // The same words about the back still find the back's answer first.
    expect(top('my back hurts after walking', 1)).toEqual(['why-back-hurts-after-walking']);
  });

  it('matches words of answers as well as of questions', () => {
    expect(ids('sciatica')).toEqual(['back-and-hips-painful', 'get-past-back-pain']);
  });

  it.each([
    ['word beginnings while typing', 'hydr', ['fix-hip-pain']],
    ['list intros', 'prevent', ['stop-back-hurting-when-walking']],
    ['item details', 'couch', ['strengthen-lower-back']],
    ['apostrophes either way', "farmer's carry", ['strengthen-lower-back']],
    ['case and accents', 'SCIÁTICA', ['back-and-hips-painful', 'get-past-back-pain']],
  ])('matches %s', (_what, query, expected) => {
    expect(ids(query).slice(0, expected.length)).toEqual(expected);
  });

  it('finds nothing for words the document does not have', () => {
    expect(ids('yoga')).toEqual([]);
    expect(ids('rant')).toEqual([]); // not a word beginning ("hydrant")
  });

  describe('natural phrasing (the queries of issue 12 that used to find nothing)', () => {
    it.each([
      ['my back hurts', 'why-back-hurts-after-walking'],
      ['how long should I walk', 'stop-back-hurting-when-walking'],
      ['exercises for lower back', 'strengthen-lower-back'],
      ['hurts', 'why-back-hurts-after-walking'],
      ['backwards', 'walk-with-back-pain'],
      ['hills', 'how-you-walk-affects-pain'],
      ['swimming', 'stop-back-hurting-when-walking'],
      ['sciatca', 'back-and-hips-painful'],
    ])('"%s" puts %s first', (query, id) => {
      expect(ids(query)[0]).toBe(id);
    });
  });

  describe('stop words', () => {
    it('does not let "my" decide: "my back hurts" ranks the questions about hurting first', () => {
      expect(top('my back hurts', 2).sort()).toEqual([
        'stop-back-hurting-when-walking',
        'why-back-hurts-after-walking',
      ]);
      // "my" alone says nothing, so it narrows nothing.
      expect(ids('my')).toHaveLength(10);
    });
  });

  describe('stems', () => {
    it('finds "hurt" for "hurts" and "hurting", "walk" for "walked"', () => {
      expect(top('hurting', 2)).toEqual(top('hurts', 2));
      expect(top('hurt', 2).sort()).toEqual(['stop-back-hurting-when-walking', 'why-back-hurts-after-walking']);
      expect(ids('walked').length).toBeGreaterThan(0);
    });

    it('finds "backward" (the answer\'s word) for "backwards"', () => {
      expect([...hitFor('backwards', 'walk-with-back-pain').stems]).toContain('backward');
    });
  });

  describe("synonyms from the document's vocabulary", () => {
    it.each([
      ['pool', 'swimming'],
      ['pool', 'water'],
      ['uphill', 'incline'],
      ['uphill', 'slope'],
      ['retro', 'reverse'],
      ['strengthen', 'workout'],
      ['sciatica', 'sciatic'],
    ])('finds the answer with "%s" for "%s"', (word, synonym) => {
      expect(top(synonym)).toEqual(expect.arrayContaining([ids(word)[0]]));
    });

    it('reads "how long" as the minutes the document gives', () => {
      expect(ids('how long should I walk')[0]).toBe('stop-back-hurting-when-walking');
      expect([...hitFor('how long', 'stop-back-hurting-when-walking').stems]).toContain('minut');
    });

    it('ranks the word itself above its synonym', () => {
      // "hurt" is in two questions; "pain", its synonym, in the others.
      const hits = search(QUESTIONS, 'hurt');
      expect(hits[0]!.score).toBeGreaterThan(hits.find((h) => h.question.id === 'walk-with-back-pain')!.score);
    });
  });

  describe('typos', () => {
    it('forgives one edit in words of five letters or more', () => {
      expect(ids('sciatca')).toEqual(['back-and-hips-painful', 'get-past-back-pain']); // deleted
      expect(ids('sciattica')).toEqual(ids('sciatica')); // inserted
      expect(ids('piriformas')).toEqual(['get-past-back-pain']); // replaced (the document's own typo)
      expect(ids('strenghten')[0]).toBe('strengthen-lower-back'); // swapped
      expect(ids('swiming')).toEqual(['stop-back-hurting-when-walking']); // a typo of a synonym
    });

    it('forgives no more than one edit', () => {
      expect(ids('sicatcia')).toEqual([]);
      expect(ids('sciata')).toEqual([]);
    });

    it('does not guess at words under five letters, but for two swapped neighbours in four', () => {
      expect(ids('bakc').length).toBeGreaterThan(0); // "back"
      expect(ids('pian').length).toBeGreaterThan(0); // "pain"
      expect(ids('hipp')).toEqual([]); // "hip"
      expect(ids('palnk')).toEqual(['strengthen-lower-back']); // five letters: "plank"
    });

    it('does not correct a word the document knows into another one', () => {
      // "walks" is a form of "walk", not a typo of "walker" or "talks".
      expect(hitFor('walks', 'walk-too-much').stems).toEqual(new Set(['walk']));
    });
  });

  describe('ranking', () => {
    it('puts a match in the question above a match in the answer only', () => {
      // "strengthen" is in the last question; "exercise" in its question and in two answers.
      const hits = search(QUESTIONS, 'exercise');
      expect(hits[0]!.question.id).toBe('strengthen-lower-back');
      expect(hits[0]!.answerOnly).toBe(false);
      expect(hits.slice(1).every((h) => h.answerOnly && h.score < hits[0]!.score)).toBe(true);
    });

    it('puts more matched words above fewer, and any word matching is enough', () => {
      // Words of different answers: each answer is listed, the one with both words first.
      expect(ids('pool sciatica')).toEqual([
        'stop-back-hurting-when-walking',
        'back-and-hips-painful',
        'get-past-back-pain',
      ]);
      expect(ids('sciatica nerve')[0]).toBe('back-and-hips-painful');
      expect(ids('back hurts after walking')[0]).toBe('why-back-hurts-after-walking');
    });

    it("keeps the document's order between equal matches", () => {
      expect(ids('walk too')).toEqual(['too-much-walking-back-pain', 'walk-too-much']);
    });
  });
});

describe('searchQuestions on everyday queries of the search-quality pass (each used to fail)', () => {
  it.each([
    ['backache', 'back ache'],
    ['backpain', 'back pain'],
    ['lowerback', 'lower back'],
    ['lowerbackpain', 'lower back pain'],
    ['hipache', 'hip ache'],
  ])('reads "%s", written together, as "%s"', (together, apart) => {
    expect(ids(together)).not.toEqual([]);
    expect(ids(together)).toEqual(ids(apart));
  });

  it('reads a word written apart as the one word the document has', () => {
    expect(ids('walking up hills')[0]).toBe('how-you-walk-affects-pain'); // not "work your way up"
    expect(ids('dead lift')).toEqual(['strengthen-lower-back']);
  });

  it('splits no word into short pieces that mean something else', () => {
    expect(ids('outside')).toEqual([]); // not "out" + "side" (side plank)
    expect(ids('headache')).toEqual([]);
  });

  it.each([
    'knee pain',
    'neck pain',
    'heel pain',
    'shoulder pain',
    'chest pain',
    'stomach ache',
    'kidney pain',
    'sore feet',
  ])('shows no answer for "%s": a part of the body the document does not discuss', (query) => {
    expect(ids(query)).toEqual([]);
  });

  it("does not take an exercise's instruction for what its answer is about", () => {
    // Fire hydrant: "hands directly below your shoulders and knees"; hip thrust: "knees bent".
    expect(ids('knee pain')).toEqual([]);
    // The instruction's words still find the exercise, as long as they name no part of the body.
    expect(ids('all fours')).toEqual(['fix-hip-pain']);
  });

  it('still answers a query naming one part the document discusses among others', () => {
    expect(top('knee and hip pain')).toEqual(
      expect.arrayContaining(['back-and-hips-painful', 'how-you-walk-affects-pain', 'fix-hip-pain']),
    );
  });

  it('does not read a short word as a typo of another short word ("kill" is not "hill", "hüfte" not "hurt")', () => {
    expect(ids('my lower back is killing me')[0]).not.toBe('how-you-walk-affects-pain');
    expect(ids('hüfte tut weh')).toEqual([]);
  });

  it('reads "a long walk" as the answer\'s "prolonged walking"', () => {
    expect(top('back hurts after long walk')).toContain('too-much-walking-back-pain');
    expect([...hitFor('ache after a long walk', 'too-much-walking-back-pain').stems]).toContain('prolong');
  });

  it('reads "physio" and "therapist" as the answer\'s "physiotherapists"', () => {
    expect(ids('physio')).toEqual(['walk-with-back-pain']);
    expect(top('physical therapist')).toContain('walk-with-back-pain');
  });

  it('ranks by the words that mean something, not by "while", "all", "help" or "way"', () => {
    expect(ids('lying down helps')[0]).toBe('too-much-walking-back-pain'); // not "exercises help"
    expect(ids('sitting all day')[0]).toBe('too-much-walking-back-pain'); // not "on all fours"
    expect(top('good posture while walking')).toContain('stop-back-hurting-when-walking');
    expect(ids('does the way i walk matter')).toEqual(['how-you-walk-affects-pain']);
  });

  it('takes sitting and lying for themselves, not for each other', () => {
    // "Side lying leg raise" and "Start seated" are exercises, not rest.
    expect(ids('should i sit or lie down')).toEqual(['too-much-walking-back-pain']);
  });

  it('does not list every answer for a word nearly all of them have, next to a word only one has', () => {
    expect(ids('walk in a pool')).toEqual(['stop-back-hurting-when-walking']);
    expect(ids('walking on an incline')).toEqual(['how-you-walk-affects-pain']);
    // Both answers naming sciatica, before those that only say "walking".
    expect(ids('sciatica when walking')).toEqual(['get-past-back-pain', 'back-and-hips-painful']);
  });

  it('answers a long run of letters quickly (compounds are not tried on it)', () => {
    expect(ids('walkingwalking'.repeat(200) + 'x')).toEqual([]);
  });
});

describe('highlightRanges', () => {
  const question = QUESTIONS.find((q) => q.id === 'why-back-hurts-after-walking')!.question;

  it('marks every matched word of a question, whatever its form', () => {
    expect(marked(question, hitFor('my back hurts', 'why-back-hurts-after-walking').stems)).toEqual(['back', 'hurt']);
    expect(marked(question, hitFor('walked', 'why-back-hurts-after-walking').stems)).toEqual(['walking']);
  });

  it('gives offsets into the original text, accents and apostrophes included', () => {
    const text = 'Unilateral Farmer’s Carry, Ñandú.';
    expect(highlightRanges(text, new Set(['farmer', 'nandu']))).toEqual([
      [11, 19],
      [27, 32],
    ]);
  });

  it('never marks stop words, and marks nothing without stems', () => {
    expect(marked(question, new Set(['my', 'why']))).toEqual([]);
    expect(highlightRanges(question, new Set())).toEqual([]);
  });
});

describe('excerpt', () => {
  const byId = (id: string) => QUESTIONS.find((q) => q.id === id) as Question;

  it('shows the sentence of the answer that holds the matched word', () => {
    const hit = hitFor('swimming', 'stop-back-hurting-when-walking');
    expect(hit.answerOnly).toBe(true);
    expect(excerpt(hit.question, hit.stems)).toBe('If regular walking is painful, try walking in a shallow pool.');
  });

  it('cuts a long sentence around the match, at word boundaries', () => {
    const text = excerpt(byId('how-you-walk-affects-pain'), new Set(['pelvic']), 60)!;
    expect(text.startsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(62);
    expect(text).toContain('pelvic');
  });

  it("shows the answer's sentence with the word the question does not show, not one repeating the question's", () => {
    // "walking" is in the question; the reason to list it is its item "Sciatica."
    const hit = hitFor('sciatica when walking', 'get-past-back-pain');
    expect(hit.answerOnly).toBe(true);
    expect(excerpt(hit.question, hit.stems)).toBe('Sciatica.');
  });

  it('is null when the answer has no matched word', () => {
    expect(excerpt(byId('strengthen-lower-back'), new Set(['exercis']))).toBeNull();
  });
});

describe('searchQuestions on the everyday queries of a fresh-eyes pass (each listed a wrong answer)', () => {
  it.each([
    ['tingling', 'read as a typo of "single" (another first letter)'],
    ['sleep', 'read as a typo of "steep" (one replaced letter in five)'],
    ['sleeping', 'the same, through its stem'],
    ['when to see a doctor', '"see" matched "see if it makes a difference"'],
  ])('finds nothing for "%s" (it was %s)', (query) => {
    expect(ids(query)).toEqual([]);
  });

  it('reads a finished "disc" as no word of the answers, not as the beginning of "discomfort"', () => {
    // Only the word being typed may still become a longer one.
    expect(searchAnswers(QUESTIONS, 'disc pain').missing).toEqual(['disc']);
    expect(searchAnswers(QUESTIONS, 'slipped disc ').hits).toEqual([]);
  });

  it('still reads a five-letter word with two letters swapped as a typo, and one letter more as one', () => {
    expect(top('hurst')).toContain('why-back-hurts-after-walking');
    // Six letters for the document's five ("flats"): an inserted letter, not a replaced one.
    expect(top('flatss', 1)).toEqual(['how-you-walk-affects-pain']);
  });

  it('reads a four-letter word with two neighbouring letters swapped as a typo, and no other edit of it', () => {
    expect(searchAnswers(QUESTIONS, 'bakc pian ').missing).toEqual([]);
    expect(top('bakc pian ', 3)).toEqual(top('back pain ', 3));
    expect(top('wlak uphill', 1)).toEqual(top('walk uphill', 1));
    // One letter more ("hip" or "hips"?), or a swap into a word without meaning ("dose" → "does": the
    // search knows no stop word to swap into).
    expect(searchAnswers(QUESTIONS, 'hipd pain ').missing).toEqual(['hipd']);
    expect(ids('dose ')).toEqual([]);
  });

  it('reads a finished word as the beginning of a document word when at most four letters are missing (two after three)', () => {
    // "piriformis": 2 and 4 letters missing find it; 5 missing, once the word is finished, does not.
    expect(ids('piriform ')).toEqual(['get-past-back-pain']);
    expect(ids('pirifo ')).toEqual(['get-past-back-pain']);
    expect(ids('pirif ')).toEqual([]);
    // While it is being typed, any beginning does.
    expect(ids('pirif')).toEqual(['get-past-back-pain']);
    // A finished three-letter word misses at most two: "glu" is "glute", but German "den" no "density".
    expect(ids('glu ').length).toBeGreaterThan(0);
    expect(ids('den ')).toEqual([]);
    expect(ids('den')).toEqual(['walk-with-back-pain']);
  });

  it('reads full-width letters, as a Japanese or Chinese input method types them, as plain ones', () => {
    expect(ids('ｓｃｉａｔｉｃａ')).toEqual(ids('sciatica'));
    expect(ids('sciatica').length).toBeGreaterThan(0);
  });
});

describe('searchAnswers: the words of a query that no answer has', () => {
  const missing = (query: string) => searchAnswers(QUESTIONS, query).missing;

  it('names them, and still lists the answers for the other words', () => {
    const result = searchAnswers(QUESTIONS, 'heat or ice for back pain');
    expect(result.missing).toEqual(['heat', 'ice']);
    expect(result.hits.length).toBeGreaterThan(0);
    expect(missing('best mattress for bad back')).toEqual(['mattress']);
    expect(missing('Nordic walking poles')).toEqual(['Nordic', 'poles']);
  });

  it('names them as the user spelt them: accents, case and script kept', () => {
    expect(missing('Übungen für den unteren Rücken')).toEqual(['Übungen', 'für', 'den', 'unteren', 'Rücken']);
    expect(missing('exercices pour douleur à la hanche')).toEqual(['pour', 'douleur', 'la', 'hanche']);
    expect(missing('dolor después de caminar')).toEqual(['dolor', 'después', 'de', 'caminar']);
    // Dropping the voicing mark as the search reads it made "が" a "か", another word.
    expect(missing('歩いた後に腰が痛い')).toEqual(['歩いた後に腰が痛い']);
    expect(missing("l'ischio 'stuff'")).toEqual(["l'ischio", 'stuff']);
  });

  it('finds the answer for words of the second held-out set the document does not use', () => {
    const top3 = (query: string) =>
      searchAnswers(QUESTIONS, query)
        .hits.slice(0, 3)
        .map((h) => h.question.id);
    expect(top3('is it dangerous to walk with lumbago')).toContain('walk-with-back-pain');
    expect(top3('is osteoporosis helped by walking')).toContain('walk-with-back-pain');
    expect(top3('gluteus pain walking up a mountain')).toContain('how-you-walk-affects-pain');
    for (const query of ['is it dangerous to walk with lumbago', 'is osteoporosis helped by walking', 'gait'])
      expect(missing(query), query).toEqual([]);
  });

  it('names none when every word is found, as typed, as a synonym, misspelt or run together', () => {
    for (const query of [
      'sciatica when walking',
      'my back hurts',
      'a stroll',
      'twinge in my back',
      'sciatca',
      'backpain',
    ])
      expect(missing(query), query).toEqual([]);
  });

  it('names no vague word or number: the answers miss nothing the user asked about', () => {
    expect(missing('can i walk with a bad back')).toEqual([]);
    expect(missing('10000 steps')).toEqual([]);
    // Whose back it is changes no answer.
    expect(missing('my husband has sciatica can he still walk')).toEqual([]);
    expect(missing('how long should my mother walk')).toEqual([]);
  });

  it('does not name the last word while it is being typed, when it begins a word of the answers', () => {
    expect(missing('tight ps')).toEqual([]);
    // Finished (a space follows), two letters are no word of the answers.
    expect(missing('tight ps ')).toEqual(['ps']);
  });

  const documentWords = [...new Set(QUESTIONS.flatMap((q) => words(`${q.question} ${q.paragraphs.join(' ')}`)))];

  it('names none for any query made of the document’s own words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...documentWords), { minLength: 1, maxLength: 6 }), (picked) => {
        expect(missing(picked.join(' '))).toEqual([]);
      }),
    );
  });

  it('names a word found nowhere, added to any query of the document’s words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...documentWords), { minLength: 1, maxLength: 4 }),
        fc.stringMatching(/^[qxz]{6,9}$/),
        (picked, stranger) => {
          expect(missing(`${picked.join(' ')} ${stranger} `)).toContain(stranger);
        },
      ),
    );
  });
});
