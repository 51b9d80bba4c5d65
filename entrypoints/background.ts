export default defineBackground(() => {
  // Live pool data providers arrive with the data issue; nothing runs in the background yet.
});
