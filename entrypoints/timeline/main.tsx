import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TimelineApp } from '@/components/timeline/TimelineApp';
import '@/components/styles.css';
import '@/components/timeline/timeline.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <TimelineApp />
  </StrictMode>,
);
