import { Background, Controls, MarkerType, Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { PlanItem } from '../../../shared/contract/views';

/** Columns by prerequisite depth, rows in plan order: a left-to-right roadmap coloured by status. */
export function layoutRoadmap(items: readonly PlanItem[]): { nodes: Node[]; edges: Edge[] } {
  const depth = new Map<string, number>();
  const perColumn = new Map<number, number>();
  const nodes: Node[] = items.map((item) => {
    const d = Math.max(-1, ...item.prerequisites.map((p) => depth.get(p) ?? -1)) + 1;
    depth.set(item.resourceId, d);
    const row = perColumn.get(d) ?? 0;
    perColumn.set(d, row + 1);
    return {
      id: item.resourceId,
      position: { x: d * 280, y: row * 90 },
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
      data: { label: item.title },
      className: `roadmap-node status-${item.status}`,
      draggable: false,
      connectable: false,
    };
  });
  const edges: Edge[] = items.flatMap((item) =>
    item.prerequisites.map((p) => ({ id: `${p}->${item.resourceId}`, source: p, target: item.resourceId, markerEnd: { type: MarkerType.ArrowClosed } })),
  );
  return { nodes, edges };
}

export default function RoadmapGraph({ items }: { items: readonly PlanItem[] }) {
  const { nodes, edges } = useMemo(() => layoutRoadmap(items), [items]);
  return (
    <div className="roadmap-graph" role="group" aria-label="Roadmap graph; the list beside it carries the same information">
      <ReactFlow nodes={nodes} edges={edges} fitView minZoom={0.1} nodesDraggable={false} nodesConnectable={false} nodesFocusable={false} edgesFocusable={false} proOptions={{ hideAttribution: true }}>
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
