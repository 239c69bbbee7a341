import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TimelineApp } from '@/components/child-page/TimelineApp';
import '@/components/shared/styles.css';
import '@/components/child-page/timeline.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <TimelineApp />
  </StrictMode>,
);
