import { QuickAnswers } from '@/components/QuickAnswers';
import { HealthNote } from '@/components/HealthNote';
import { QUESTIONS } from '@/lib/content';

export function App() {
  return (
    <main class="popup">
      <QuickAnswers questions={QUESTIONS} />
      <footer class="popup-footer">
        <HealthNote />
      </footer>
    </main>
  );
}
