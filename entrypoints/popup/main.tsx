import { render } from 'preact';
render(<p>LP Risk Lens</p>, document.getElementById('app')!);
