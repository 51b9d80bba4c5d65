import { render } from 'preact';
import { Calculator } from '../../components/Calculator';
import '../../components/lens.css';
import './popup.css';

function Popup() {
  return (
    <main class="lens-root lens-popup">
      <h1>LP Risk Lens</h1>
      <p class="lens-muted">Fee share, impermanent loss and risk for a deposit, computed locally from the figures below.</p>
      <Calculator />
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
