import { createApp, h } from 'vue';
createApp({ render: () => h('p', 'Threshold') }).mount('#app');
