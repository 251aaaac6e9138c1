import '@fontsource-variable/literata';
import '@fontsource-variable/literata/wght-italic.css';
import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/base.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { initPlatform } from './lib/platform';

await initPlatform();
mount(App, { target: document.getElementById('app')! });
