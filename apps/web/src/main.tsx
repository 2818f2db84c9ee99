import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { language } from './i18n/language';
import './styles.css';

document.documentElement.lang = language;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render into.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
