// Starts GraphiQL on the gateway's /graphql with the shipped example operations: one tab each on a first
// visit (later visits get the tabs GraphiQL saved), and an "Examples" menu to load one into the open tab.
(async function () {
  const h = React.createElement;
  const { DOC_EXPLORER_PLUGIN, ToolbarMenu, useEditorContext } = GraphiQL.React;

  const response = await fetch('graphiql/examples');
  const examples = await response.json();

  function ExamplesMenu() {
    const { queryEditor, variableEditor } = useEditorContext({ nonNull: true });
    return h(ToolbarMenu, { label: 'Examples', button: listIcon() },
      examples.map(example => h(ToolbarMenu.Item, {
        key: example.name,
        onSelect: () => {
          queryEditor && queryEditor.setValue(example.document);
          variableEditor && variableEditor.setValue('');
        },
      }, example.name)));
  }

  function listIcon() {
    const line = y => h('path', { key: y, d: `M8 ${y}h12M4 ${y}h.01`, strokeLinecap: 'round' });
    return h('svg', {
      className: 'graphiql-toolbar-icon', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5,
    }, [line(6), line(12), line(18)]);
  }

  ReactDOM.createRoot(document.getElementById('graphiql')).render(h(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: new URL('graphql', window.location.href).href }),
    defaultQuery: examples.length ? examples[0].document : undefined,
    defaultTabs: examples.map(example => ({ query: example.document })),
    visiblePlugin: DOC_EXPLORER_PLUGIN,
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
    toolbar: { additionalContent: h(ExamplesMenu) },
  }));
})();
