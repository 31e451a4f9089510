import { mount } from 'svelte';
import App from './ui/App.svelte';
import { applyTheme, loadTheme } from './ui/theme.ts';
import './ui/styles/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// Before the first paint, so that a chosen theme never flashes the other one.
applyTheme(loadTheme());

export default mount(App, { target });
