/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  compilerOptions: {
    // Runes everywhere: no legacy `export let` / `$:` components.
    runes: true,
  },
};
